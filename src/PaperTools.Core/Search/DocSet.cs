using System;

namespace PaperTools.Search
{
    /// <summary>A set of document numbers 0..Capacity-1 as a bitmap: AND/OR/NOT of a million papers is a few thousand word operations.</summary>
    internal sealed class DocSet
    {
        private readonly ulong[] words;

        public DocSet(int capacity)
        {
            Capacity = capacity;
            words = new ulong[(capacity + 63) >> 6];
        }

        public int Capacity { get; }

        public static DocSet All(int capacity)
        {
            var set = new DocSet(capacity);
            for (var i = 0; i < set.words.Length; i++) set.words[i] = ulong.MaxValue;
            set.ClearTail();
            return set;
        }

        public void Add(int doc) => words[doc >> 6] |= 1UL << doc;

        public bool Contains(int doc) => (words[doc >> 6] & (1UL << doc)) != 0;

        public void IntersectWith(DocSet other)
        {
            for (var i = 0; i < words.Length; i++) words[i] &= other.words[i];
        }

        public void UnionWith(DocSet other)
        {
            for (var i = 0; i < words.Length; i++) words[i] |= other.words[i];
        }

        public void Complement()
        {
            for (var i = 0; i < words.Length; i++) words[i] = ~words[i];
            ClearTail();
        }

        public int Count()
        {
            var count = 0;
            foreach (var word in words)
            {
                // Kernighan's loop: netstandard2.0 has no popcount intrinsic.
                var w = word;
                while (w != 0) { w &= w - 1; count++; }
            }
            return count;
        }

        /// <summary>Calls visit for each member in ascending order.</summary>
        public void ForEach(Action<int> visit)
        {
            for (var i = 0; i < words.Length; i++)
            {
                var w = words[i];
                while (w != 0)
                {
                    var bit = TrailingZeros(w);
                    visit((i << 6) + bit);
                    w &= w - 1;
                }
            }
        }

        private void ClearTail()
        {
            var extra = words.Length * 64 - Capacity;
            if (extra > 0) words[words.Length - 1] &= ulong.MaxValue >> extra;
        }

        private static int TrailingZeros(ulong w)
        {
            var n = 0;
            if ((w & 0xffffffffUL) == 0) { n += 32; w >>= 32; }
            if ((w & 0xffffUL) == 0) { n += 16; w >>= 16; }
            if ((w & 0xffUL) == 0) { n += 8; w >>= 8; }
            if ((w & 0xfUL) == 0) { n += 4; w >>= 4; }
            if ((w & 0x3UL) == 0) { n += 2; w >>= 2; }
            if ((w & 0x1UL) == 0) n += 1;
            return n;
        }
    }
}
