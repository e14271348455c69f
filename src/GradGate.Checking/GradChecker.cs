using System.Reflection;
using System.Runtime.CompilerServices;
using GradGate.Checking;
using GradGate.Engine;
using GradGate.Results;

namespace GradGate;

/// <summary>
/// Checks gradient-check targets in the calling process, on the calling thread, and returns the result model the
/// gate's reports are written from: the same engine, settings resolution and seeds as the build's gate, so the figures
/// are the gate's figures. For tests (<see cref="Assert(GradCheckTarget, GradCheckOptions?, string)"/>) and for
/// stepping through a backward pass in a debugger. Unlike the gate, nothing here isolates the process: no timeout, and
/// a check that kills its process kills the caller.
/// </summary>
public static class GradChecker
{
    /// <summary>Checks a target the caller built, named <paramref name="name"/> in the result (by default the calling method's name).</summary>
    public static CheckResult Check(GradCheckTarget target, GradCheckOptions? options = null, [CallerMemberName] string name = "")
    {
        ArgumentNullException.ThrowIfNull(target);
        var identity = new CheckIdentity(name, name, ClassName: "", MethodName: "", Variant: null);
        if (target.SkipReason is { } reason)
        {
            return UnjudgedResults.Skipped(identity, reason, byTarget: true);
        }

        var overrides = CheckOverridesMerger.Merge(new GradCheckAttribute(), (options ?? new GradCheckOptions()).ToRunDefaults(), CheckOverridesMerger.FromOptions);
        return GradientChecker.Check(target, identity, CheckOverridesMerger.OverTarget(overrides, target));
    }

    /// <summary>
    /// Calls a [GradCheck] method and checks what it returns, honouring its attribute (thresholds, step, seed, mode,
    /// <c>Skip</c>, <c>Parallel</c>): one result, or one per member of a family, named as the gate names them.
    /// </summary>
    public static IReadOnlyList<CheckResult> Check(MethodInfo method, GradCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        var request = CheckRequests.For(method);
        var results = new List<CheckResult>();
        new CheckProcedure(method.DeclaringType!.Assembly, (options ?? new GradCheckOptions()).ToRunDefaults(), results.Add, CheckOverridesMerger.FromOptions).Run(request);
        return results;
    }

    /// <summary>Checks every [GradCheck] method <paramref name="type"/> declares, in declaration order.</summary>
    public static IReadOnlyList<CheckResult> CheckAll(Type type, GradCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        return GradCheckMethods.DeclaredBy(type).SelectMany(method => Check(method, options)).ToList();
    }

    /// <summary>Checks every [GradCheck] method of <paramref name="assembly"/>, in declaration order, as the gate does.</summary>
    public static IReadOnlyList<CheckResult> CheckAll(Assembly assembly, GradCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return GradCheckMethods.DeclaredIn(assembly).SelectMany(method => Check(method, options)).ToList();
    }

    /// <summary>
    /// Lists the checks a [GradCheck] method stands for, without judging any: one, or one per member of the family it
    /// returns, named as the gate names them. A family is listed by calling the method and enumerating what it returns
    /// (its targets are built, not checked); a method whose attribute says <c>Skip</c> is not called.
    /// </summary>
    public static IReadOnlyList<ListedGradCheck> List(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        return CheckListing.Of(method);
    }

    /// <summary>Lists the checks of every [GradCheck] method <paramref name="type"/> declares, in declaration order (see <see cref="List(MethodInfo)"/>).</summary>
    public static IReadOnlyList<ListedGradCheck> List(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return GradCheckMethods.DeclaredBy(type).SelectMany(CheckListing.Of).ToList();
    }

    /// <summary>Lists the checks of every [GradCheck] method of <paramref name="assembly"/>, in the order the gate runs them (see <see cref="List(MethodInfo)"/>).</summary>
    public static IReadOnlyList<ListedGradCheck> List(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return GradCheckMethods.DeclaredIn(assembly).SelectMany(CheckListing.Of).ToList();
    }

    /// <summary>
    /// Runs one listed check on the calling thread: calls its [GradCheck] method again and judges the listed target, or
    /// only the listed member of the family. When the method no longer yields that check (the family changed after it
    /// was listed), the result is a GG0014 error saying so.
    /// </summary>
    public static CheckResult Check(ListedGradCheck check, GradCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(check);
        var results = new List<CheckResult>();
        new CheckProcedure(check.DeclaringType.Assembly, (options ?? new GradCheckOptions()).ToRunDefaults(), results.Add, CheckOverridesMerger.FromOptions)
            .Run(CheckRequests.For(check.DeclaringType, check.MethodName), check.FamilyMember);
        return results is [var result] && result.Id == check.Id ? result : ListedCheckChanges.Describe(check, results);
    }

    /// <summary>Runs one listed check and throws a <see cref="GradCheckException"/> holding the build's error text when it fails or cannot be judged.</summary>
    /// <returns>The result, when the check passed (warnings included) or its attribute says <c>Skip</c>.</returns>
    public static CheckResult Assert(ListedGradCheck check, GradCheckOptions? options = null)
    {
        var result = Check(check, options);
        GradCheckException.ThrowIfFailed([result]);
        return result;
    }

    /// <summary>Checks a target and throws a <see cref="GradCheckException"/> holding the build's error text when it fails or cannot be judged.</summary>
    /// <returns>The result, when the check passed (warnings included, as they pass the build).</returns>
    public static CheckResult Assert(GradCheckTarget target, GradCheckOptions? options = null, [CallerMemberName] string name = "")
    {
        var result = Check(target, options, name);
        GradCheckException.ThrowIfFailed([result]);
        return result;
    }

    /// <summary>Checks a [GradCheck] method and throws a <see cref="GradCheckException"/> when it, or any member of its family, fails.</summary>
    public static IReadOnlyList<CheckResult> Assert(MethodInfo method, GradCheckOptions? options = null)
    {
        var results = Check(method, options);
        GradCheckException.ThrowIfFailed(results);
        return results;
    }
}
