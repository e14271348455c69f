namespace GradGate;

/// <summary>
/// One check as <see cref="GradChecker.List(Type)"/> finds it, before it runs: a [GradCheck] method, or one member of
/// the family it returns, named as the gate names it. <see cref="GradChecker.Check(ListedGradCheck, GradCheckOptions?)"/>
/// runs it (and only it) later, calling the method again; test frameworks keep one per test case.
/// </summary>
/// <param name="DeclaringType">The type that declares the [GradCheck] method.</param>
/// <param name="MethodName">The [GradCheck] method's name.</param>
/// <param name="FamilyMember">The member's position in the family the method returns; null when the method returns one target (or could not be called).</param>
/// <param name="Id">The check's id as the gate's reports write it: <c>Namespace.Type.Method</c>, with <c>[member]</c> for a family member.</param>
/// <param name="Name">The check's display name as the build log writes it: the attribute's <c>Name</c>, else <c>Type.Method</c>, with <c>[member]</c> for a family member.</param>
/// <param name="Variant">The family member's name (<c>.Named(...)</c>) or, unnamed, its position; null outside a family.</param>
/// <param name="SkipReason">The attribute's <c>Skip</c>, or the target's own (<see cref="GradCheckTarget.Skip"/>): when set, the check does not run and is reported skipped.</param>
public sealed record ListedGradCheck(
    Type DeclaringType,
    string MethodName,
    int? FamilyMember,
    string Id,
    string Name,
    string? Variant,
    string? SkipReason);
