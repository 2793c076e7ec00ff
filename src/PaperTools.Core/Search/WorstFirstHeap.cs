namespace PaperTools.Search;

/// <summary>Keeps the best <c>capacity</c> items seen, with the worst of them on top so it is the one
/// replaced.</summary>
internal sealed class WorstFirstHeap
{
    private readonly int[] items;
    private readonly Comparison<int> better;
    private int count;

    /// <param name="better">Negative when the first item ranks before the second.</param>
    public WorstFirstHeap(int capacity, Comparison<int> better)
    {
        items = new int[capacity];
        this.better = better;
    }

    public void Offer(int item)
    {
        if (count < items.Length)
        {
            items[count] = item;
            SiftUp(count++);
        }
        else if (count > 0 && better(item, items[0]) < 0)
        {
            items[0] = item;
            SiftDown(0);
        }
    }

    public List<int> ToSortedList()
    {
        var list = new List<int>(count);
        for (var i = 0; i < count; i++) list.Add(items[i]);
        list.Sort(better);
        return list;
    }

    // The root is the worst item: a child moves up while it is worse than its parent.
    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (better(items[parent], items[i]) >= 0) return;
            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            var left = 2 * i + 1;
            var right = left + 1;
            if (left < count && better(items[worst], items[left]) < 0) worst = left;
            if (right < count && better(items[worst], items[right]) < 0) worst = right;
            if (worst == i) return;
            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        var t = items[a];
        items[a] = items[b];
        items[b] = t;
    }
}
