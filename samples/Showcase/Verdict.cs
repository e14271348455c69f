namespace Showcase;

/// <summary>Whether one sample's build met one expectation.</summary>
internal sealed record Verdict(SampleCase Sample, Expectation Expectation, bool IsMet)
{
    public override string ToString() => $"samples/{Sample.Name}: {Expectation.Description}";
}
