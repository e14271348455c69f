using System.Globalization;
using System.Text;

namespace GradGate.Gate.Filtering;

/// <summary>
/// One of n shards of a project's checks (<c>GradGateShard=k/n</c>), for a CI job matrix: a check belongs to shard
/// <c>1 + hash(id) mod n</c>, with a stable hash of its id (FNV-1a over its UTF-8 bytes), so every check is in exactly
/// one shard, the same one on every machine and every run, and adding a check moves no other. A [GradCheck] method is
/// one unit: the members of a family stay together in their method's shard.
/// </summary>
internal sealed record CheckShard(int Index, int Count)
{
    /// <summary>"2/4": how the property is written, the run's JSON records it, and report file names carry it.</summary>
    public override string ToString() => $"{Index.ToString(CultureInfo.InvariantCulture)}/{Count.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Parses <c>k/n</c> with <c>1 &lt;= k &lt;= n</c>; null when the text is not that.</summary>
    public static CheckShard? Parse(string text)
    {
        var parts = text.Trim().Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count
                ? new CheckShard(index, count)
                : null;
    }

    public bool Contains(string checkId) => (int)(StableHash(checkId) % (ulong)Count) + 1 == Index;

    /// <summary>64-bit FNV-1a of the UTF-8 bytes: the same on every platform and runtime, unlike string.GetHashCode.</summary>
    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var value in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ value) * 1099511628211UL;
        }

        return hash;
    }
}
