using System;
using System.Collections.Generic;

namespace PaperTools.BibTeX
{
    /// <summary>
    /// Where every '{' of a text is closed, found in one pass. BibTeX counts every brace (escaped or not), so the
    /// brace that closes a given '{' depends only on the text after it: the parser can skip a braced value, or
    /// know at once that it is never closed, instead of scanning to the end of the file each time. That keeps
    /// reading linear whatever a file leaves unclosed.
    /// </summary>
    internal sealed class BraceTable
    {
        private readonly int[] opens;
        private readonly int[] closes;

        public BraceTable(string text)
        {
            var openList = new List<int>();
            var closeList = new List<int>();
            var stack = new Stack<int>();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '{')
                {
                    stack.Push(openList.Count);
                    openList.Add(i);
                    closeList.Add(-1);
                }
                else if (c == '}' && stack.Count > 0) closeList[stack.Pop()] = i;
            }
            opens = openList.ToArray();
            closes = closeList.ToArray();
        }

        /// <summary>The index of the '}' that closes the '{' at <paramref name="open"/>; -1 when it is never closed.</summary>
        public int CloseOf(int open)
        {
            var found = Array.BinarySearch(opens, open);
            return found >= 0 ? closes[found] : -1;
        }
    }
}
