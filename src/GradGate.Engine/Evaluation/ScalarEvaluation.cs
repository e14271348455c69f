namespace GradGate.Engine.Evaluation;

/// <summary>
/// One value of the scalar being differentiated, with the magnitude its rounding error scales with: the
/// loss itself, or for <c>sum(f(X) * G)</c> the sum of <c>|f(X) * G|</c>, which is larger when terms cancel.
/// </summary>
internal readonly record struct ScalarEvaluation(double Value, double RoundingScale);
