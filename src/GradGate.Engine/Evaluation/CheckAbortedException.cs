using GradGate.Results;

namespace GradGate.Engine.Evaluation;

/// <summary>
/// Stops a check because the target did something that leaves nothing to judge: a closure threw, or it
/// returned something unusable half-way through. Caught once, by <see cref="GradientChecker"/>, which
/// records <see cref="Finding"/>.
/// </summary>
internal sealed class CheckAbortedException(Finding finding, Exception? cause = null) : Exception(finding.Message, cause)
{
    public Finding Finding { get; } = finding;
}
