namespace GradGate.Analyzers;

/// <summary>What keeps GradGate from calling a [GradCheck] method, the first found in the checker's order.</summary>
internal enum SignatureFlawKind
{
    InstanceMethod,
    NotPublic,
    TakesParameters,
    Generic,
    WrongReturnType,
}

/// <summary>A flaw and the checker's words for it.</summary>
internal sealed class SignatureFlaw(SignatureFlawKind kind, string text)
{
    public SignatureFlawKind Kind { get; } = kind;

    public string Text { get; } = text;

    /// <summary>The diagnostic property that carries <see cref="Kind"/> to the code fix.</summary>
    public const string KindProperty = "GradGateFlaw";

    /// <summary>Whether making the method public and static removes the flaw, all else unchanged.</summary>
    public static bool IsFixedByPublicStatic(SignatureFlawKind kind) => kind is SignatureFlawKind.InstanceMethod or SignatureFlawKind.NotPublic;
}
