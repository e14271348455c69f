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
        var overrides = CheckOverridesMerger.Merge(new GradCheckAttribute(), (options ?? new GradCheckOptions()).ToRunDefaults(), CheckOverridesMerger.FromOptions);
        return GradientChecker.Check(target, identity, overrides);
    }

    /// <summary>
    /// Calls a [GradCheck] method and checks what it returns, honouring its attribute (thresholds, step, seed, mode,
    /// <c>Skip</c>, <c>Parallel</c>): one result, or one per member of a family, named as the gate names them.
    /// </summary>
    public static IReadOnlyList<CheckResult> Check(MethodInfo method, GradCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        var type = method.DeclaringType ?? throw new ArgumentException($"'{method.Name}' is not declared in a type, so it cannot be a [GradCheck] method.", nameof(method));
        var results = new List<CheckResult>();
        var request = new CheckRequest { Id = $"{type.FullName}.{method.Name}", TypeName = type.FullName ?? type.Name, MethodName = method.Name };
        new CheckProcedure(type.Assembly, (options ?? new GradCheckOptions()).ToRunDefaults(), results.Add, CheckOverridesMerger.FromOptions).Run(request);
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
