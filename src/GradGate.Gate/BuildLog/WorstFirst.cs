namespace GradGate.Gate.BuildLog;

/// <summary>Orders relative errors worst first: a non-finite one above every number, a missing one below.</summary>
internal static class WorstFirst
{
    public static double Key(double? relativeError) => relativeError switch
    {
        null => double.NegativeInfinity,
        { } value when double.IsNaN(value) => double.PositiveInfinity,
        { } value => value,
    };
}
