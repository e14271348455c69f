namespace GradGate.Engine.Evaluation;

/// <summary>
/// The value of the check's own objective at the check's point, evaluated once, when a probe first needs it: the probes
/// along coordinates and along directions compare the values around the point with it.
/// </summary>
internal sealed class ValueAtPoint(IScalarObjective objective)
{
    private double? _value;

    public double Value => _value ??= objective.Evaluate().Value;
}
