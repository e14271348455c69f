namespace GradGate.Gate.Configuration;

/// <summary>One GradGate* property with a value GradGate does not accept, and the sentence that says so.</summary>
internal sealed record ConfigurationProblem(string Property, string Value, string Message);
