using System;

namespace PaperTools.Search
{
    /// <summary>
    /// Word to dense id, looked up straight from a char buffer. Each slot packs the word's hash with its id, so a
    /// probe touches one array; the words themselves sit end to end in one char pool (frequent words, seen first,
    /// share cache lines). Open addressing with linear probing, kept at most half full.
    /// </summary>
    internal sealed class TermDictionary
    {
        private long[] slots = new long[1024]; // hash << 32 | (id + 1); 0 is empty
        private char[] pool = new char[4096];
        private int[] starts = new int[513];    // word id's chars are pool[starts[id]..starts[id + 1])
        private int poolLength;

        public int Count { get; private set; }

        public string this[int id] => new string(pool, starts[id], starts[id + 1] - starts[id]);

        /// <summary>Copies word id's chars into buffer and returns how many.</summary>
        public int CopyTo(int id, char[] buffer)
        {
            var length = starts[id + 1] - starts[id];
            Array.Copy(pool, starts[id], buffer, 0, length);
            return length;
        }

        public int GetOrAdd(char[] buffer, int length)
        {
            var hash = Hash(buffer, length);
            var mask = slots.Length - 1;
            for (var slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                var entry = slots[slot];
                if (entry == 0)
                {
                    var id = Add(buffer, length);
                    slots[slot] = ((long)hash << 32) | (uint)(id + 1);
                    if (Count * 2 > slots.Length) Rehash();
                    return id;
                }
                if ((int)(entry >> 32) == hash)
                {
                    var candidate = (int)(entry & 0xffffffff) - 1;
                    if (SameChars(candidate, buffer, length)) return candidate;
                }
            }
        }

        /// <summary>The id of term, or -1 when the field never holds it.</summary>
        public int Find(string term)
        {
            var buffer = term.ToCharArray();
            var hash = Hash(buffer, buffer.Length);
            var mask = slots.Length - 1;
            for (var slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                var entry = slots[slot];
                if (entry == 0) return -1;
                var candidate = (int)(entry & 0xffffffff) - 1;
                if ((int)(entry >> 32) == hash && SameChars(candidate, buffer, buffer.Length)) return candidate;
            }
        }

        /// <summary>Drops the spare capacity left by doubling, once the index is complete.</summary>
        public void Trim()
        {
            Array.Resize(ref pool, poolLength);
            Array.Resize(ref starts, Count + 1);
        }

        private int Add(char[] buffer, int length)
        {
            if (poolLength + length > pool.Length) Array.Resize(ref pool, Math.Max(pool.Length * 2, poolLength + length));
            if (Count + 2 > starts.Length) Array.Resize(ref starts, starts.Length * 2);
            Array.Copy(buffer, 0, pool, poolLength, length);
            poolLength += length;
            starts[Count + 1] = poolLength;
            return Count++;
        }

        private void Rehash()
        {
            var old = slots;
            slots = new long[old.Length * 2];
            var mask = slots.Length - 1;
            foreach (var entry in old)
            {
                if (entry == 0) continue;
                var slot = (int)(entry >> 32) & mask;
                while (slots[slot] != 0) slot = (slot + 1) & mask;
                slots[slot] = entry;
            }
        }

        private bool SameChars(int id, char[] buffer, int length)
        {
            var start = starts[id];
            if (starts[id + 1] - start != length) return false;
            for (var i = 0; i < length; i++)
                if (pool[start + i] != buffer[i]) return false;
            return true;
        }

        // FNV-1a, then a final mix so that linear probing sees well-spread low bits.
        private static int Hash(char[] buffer, int length)
        {
            var hash = 2166136261u;
            for (var i = 0; i < length; i++) hash = (hash ^ buffer[i]) * 16777619u;
            hash ^= hash >> 15;
            hash *= 0x2c1b3c6du;
            hash ^= hash >> 12;
            return (int)(hash & 0x7fffffff);
        }
    }
}
