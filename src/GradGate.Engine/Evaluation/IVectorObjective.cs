namespace GradGate.Engine.Evaluation;

/// <summary>A vector-valued function of the live arrays, evaluated at their current values (an operator's output).</summary>
internal interface IVectorObjective<T>
{
    /// <summary>Evaluates once; every call returns an array of the same length or aborts the check.</summary>
    T[] Output();
}
