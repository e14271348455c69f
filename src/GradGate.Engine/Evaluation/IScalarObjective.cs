namespace GradGate.Engine.Evaluation;

/// <summary>The scalar a numeric gradient is taken of, evaluated at the current values of the live arrays.</summary>
internal interface IScalarObjective
{
    /// <summary>Evaluates once; a closure that throws aborts the check (see <see cref="ClosureCalls"/>).</summary>
    ScalarEvaluation Evaluate();
}
