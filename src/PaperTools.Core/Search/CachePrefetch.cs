using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace PaperTools.Search;

/// <summary>
/// Asks the processor to bring a value's cache line in ahead of its use, without waiting for it: a lookup in a table
/// larger than the cache can then overlap with the work before it. A hint only (no effect where unsupported).
/// </summary>
internal static class CachePrefetch
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Line<T>(ref T value)
    {
        // A moved array only makes the hint miss: a prefetch never faults and never changes memory.
        if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref value));
    }
}
