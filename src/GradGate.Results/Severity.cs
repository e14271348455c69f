namespace GradGate.Results;

public enum Severity
{
    Message,
    Warning,
    Error,
}
