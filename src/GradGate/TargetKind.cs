namespace GradGate;

internal enum TargetKind
{
    Loss,
    Operator,
    Health,
    Hvp,
    Generic,
}
