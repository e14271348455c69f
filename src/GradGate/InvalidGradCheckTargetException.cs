namespace GradGate;

/// <summary>
/// Thrown by GradGate's builders when a check target is defined wrongly (a null closure, an empty or
/// duplicated name, a shape that does not fit its array). GradGate reports it as an invalid target
/// (GG0014) with this message.
/// </summary>
public sealed class InvalidGradCheckTargetException : Exception
{
    public InvalidGradCheckTargetException(string message)
        : base(message)
    {
    }
}
