namespace Showcase;

internal static class ExitCodes
{
    public const int AllExpectationsMet = 0;

    /// <summary>Both samples were built, and at least one build did not show what it should.</summary>
    public const int ExpectationNotMet = 1;

    /// <summary>The showcase could not get as far as building the samples (no repository, the pack failed).</summary>
    public const int CouldNotRun = 2;
}
