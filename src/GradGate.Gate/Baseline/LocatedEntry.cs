namespace GradGate.Gate.Baseline;

/// <summary>A baseline entry and the 1-based line of the file it starts on, so a stale entry's warning points at it.</summary>
internal sealed record LocatedEntry(BaselineEntry Entry, int Line);
