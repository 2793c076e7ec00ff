using System;

namespace PaperTools.Search
{
    /// <summary>
    /// Word to dense id, looked up straight from a char buffer so that indexing allocates a string only the
    /// first time a word is seen. Open addressing with linear probing, kept at most half full.
    /// </summary>
    internal sealed class TermDictionary
    {
        private int[] slots = new int[1024]; // term id + 1; 0 is empty
        private string[] terms = new string[512];
        private int[] hashes = new int[512];

        public int Count { get; private set; }

        public string this[int id] => terms[id];

        public int GetOrAdd(char[] buffer, int length)
        {
            var hash = Hash(buffer, length);
            var mask = slots.Length - 1;
            for (var slot = hash & mask; ; slot = (slot + 1) & mask)
            {
                var entry = slots[slot];
                if (entry == 0)
                {
                    var id = Add(new string(buffer, 0, length), hash);
                    slots[slot] = id + 1;
                    if (Count * 2 > slots.Length) Rehash();
                    return id;
                }
                var candidate = entry - 1;
                if (hashes[candidate] == hash && Equals(terms[candidate], buffer, length)) return candidate;
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
                var candidate = entry - 1;
                if (hashes[candidate] == hash && terms[candidate] == term) return candidate;
            }
        }

        private int Add(string term, int hash)
        {
            if (Count == terms.Length)
            {
                Array.Resize(ref terms, terms.Length * 2);
                Array.Resize(ref hashes, hashes.Length * 2);
            }
            terms[Count] = term;
            hashes[Count] = hash;
            return Count++;
        }

        private void Rehash()
        {
            slots = new int[slots.Length * 2];
            var mask = slots.Length - 1;
            for (var id = 0; id < Count; id++)
            {
                var slot = hashes[id] & mask;
                while (slots[slot] != 0) slot = (slot + 1) & mask;
                slots[slot] = id + 1;
            }
        }

        /// <summary>Drops the spare capacity left by doubling, once the index is complete.</summary>
        public void Trim()
        {
            Array.Resize(ref terms, Count);
            Array.Resize(ref hashes, Count);
        }

        private static bool Equals(string term, char[] buffer, int length)
        {
            if (term.Length != length) return false;
            for (var i = 0; i < length; i++)
                if (term[i] != buffer[i]) return false;
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
