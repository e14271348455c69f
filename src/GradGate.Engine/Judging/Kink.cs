namespace GradGate.Engine.Judging;

/// <summary>
/// A coordinate whose finite differences disagree in a way only a non-differentiable point explains: the
/// derivative estimates from the left and from the right of the point, and the analytic value between them.
/// </summary>
internal readonly record struct Kink(int Coordinate, double LeftSlope, double RightSlope);
