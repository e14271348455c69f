using GradGate.Results;

namespace GradGate.Engine.Judging;

/// <summary>
/// A coordinate of a large block located by halving it (<see cref="Checks.MismatchBisection{T}"/>) and then checked one by
/// one: its figures, and the noise floor of its central difference, beyond which its difference is an error.
/// </summary>
internal sealed record LocatedCoordinate(Coordinate Figures, double NoiseFloor)
{
    public bool IsWrong => Figures.AbsoluteError > NoiseFloor;
}
