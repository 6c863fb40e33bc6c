using System.Collections.Concurrent;

namespace Volunteers.Core.Data;

/// <summary>
/// Remembers an aggregate until the next write anywhere in the database: a read-heavy public page then costs one lookup,
/// and never shows a figure older than the last committed write.
/// </summary>
public sealed class FreshCache<TKey, TValue>(Database db, int capacity = 256) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (long Generation, TValue Value)> _entries = new();

    public TValue Get(TKey key, Func<TValue> compute)
    {
        // Read before computing: a write that lands meanwhile leaves the entry marked with the older generation.
        var generation = db.CurrentGeneration();
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == generation) return entry.Value;
        var value = compute();
        if (_entries.Count >= capacity) _entries.Clear();
        _entries[key] = (generation, value);
        return value;
    }
}
