namespace GradGate.Engine.Judging;

/// <summary>
/// A coordinate whose finite differences disagree in a way only a non-differentiable point explains: the
/// derivative estimates from the left and from the right of the point, and the analytic value between them.
/// </summary>
/// <param name="AvoidingEpsilon">
/// The Epsilon below which a step no longer reaches the kink (its distance from the point over the coordinate's step
/// scale): 0 when the kink is at the point itself, where no step avoids it; null when the samples do not place it.
/// </param>
internal readonly record struct Kink(int Coordinate, double LeftSlope, double RightSlope, double? AvoidingEpsilon);
