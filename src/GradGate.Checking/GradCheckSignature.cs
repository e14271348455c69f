namespace GradGate.Checking;

/// <summary>
/// The words for a [GradCheck] method GradGate may not call, shared by the checker (which finds the flaw by reflection)
/// and the Roslyn analyzer (which finds it in the source while the user types), so that both say the same thing.
/// Compiled into both: it depends on nothing.
/// </summary>
internal static class GradCheckSignature
{
    public const string InstanceMethod = "is an instance method";

    public const string NotPublic = "is not public";

    public const string Generic = "is generic (or declared in an open generic type)";

    public static string TakesParameters(int count) => $"takes {count} parameter(s)";

    public static string Returns(string typeName) => $"returns {typeName}";

    /// <summary>
    /// The GG0014 finding for a [GradCheck] method with <paramref name="flaw"/>, as the build log prints it: the check is
    /// named <c>Type.Method</c>, since a method GradGate cannot call never gets as far as its attribute's Name.
    /// </summary>
    public static string InvalidMethod(string typeFullName, string methodName, string flaw)
        => NotValid($"{ShortTypeName(typeFullName)}.{methodName}", Problem(typeFullName, methodName, flaw));

    /// <summary>A GG0014 finding: <paramref name="checkName"/> and what is wrong with its target.</summary>
    public static string NotValid(string checkName, string problem) => $"{checkName} is not a valid check target: {problem}";

    /// <summary><c>Outer.Inner</c> from <c>Namespace.Outer+Inner</c>, reflection's full name.</summary>
    public static string ShortTypeName(string fullName) => fullName.Substring(fullName.LastIndexOf('.') + 1).Replace('+', '.');

    /// <summary>What is wrong with <paramref name="typeFullName"/>.<paramref name="methodName"/> with <paramref name="flaw"/>.</summary>
    public static string Problem(string typeFullName, string methodName, string flaw)
        => $"'{typeFullName}.{methodName}' {flaw}. A [GradCheck] method must be declared 'public static GradCheckTarget {methodName}()', "
            + "or return IEnumerable<GradCheckTarget> for a family of targets.";
}
