namespace GradGate.Engine.Evaluation;

/// <summary>The scalar a numeric gradient is taken of, evaluated at the current values of the live arrays.</summary>
internal interface IScalarObjective
{
    /// <summary>What the check is doing, for the message when a closure throws or misbehaves.</summary>
    string Activity { get; set; }

    /// <summary>Evaluates once; a closure that throws aborts the check (see <see cref="ClosureCalls"/>).</summary>
    ScalarEvaluation Evaluate();
}
