using System.IO;
using System.Text;

namespace PaperTools
{
    /// <summary>
    /// Reads lines like TextReader.ReadLine, but never holds more than <c>maxLength</c> characters of one:
    /// a 50 MB line is skipped to its end and reported as too long instead of exhausting memory.
    /// Understands \n, \r\n and \r endings and counts lines from 1.
    /// </summary>
    public sealed class BoundedLineReader
    {
        private readonly TextReader reader;
        private readonly int maxLength;
        private readonly StringBuilder buffer = new StringBuilder();

        public BoundedLineReader(TextReader reader, int maxLength)
        {
            this.reader = reader;
            this.maxLength = maxLength;
        }

        /// <summary>The 1-based number of the line last returned.</summary>
        public int LineNumber { get; private set; }

        /// <summary>Next line without its ending; null at the end. <paramref name="tooLong"/> is true (and the line null-free but empty) when it exceeded the limit.</summary>
        public string ReadLine(out bool tooLong)
        {
            tooLong = false;
            buffer.Clear();
            var any = false;
            int c;
            while ((c = reader.Read()) >= 0)
            {
                any = true;
                if (c == '\n') break;
                if (c == '\r')
                {
                    if (reader.Peek() == '\n') reader.Read();
                    break;
                }
                if (tooLong) continue;
                if (buffer.Length >= maxLength)
                {
                    tooLong = true;
                    buffer.Clear();
                    continue;
                }
                buffer.Append((char)c);
            }
            if (!any) return null;
            LineNumber++;
            return buffer.ToString();
        }
    }
}
