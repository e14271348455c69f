using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using GradGate.Engine;
using GradGate.Results;

namespace GradGate.Runner;

/// <summary>
/// Runs one requested check on the thread it is given: resolves the [GradCheck] method, honours Skip,
/// calls the method to build its target (or family of targets) and has the engine judge each one,
/// emitting one result per target. Whatever the user's code throws becomes a result, never an escape.
/// </summary>
internal sealed class CheckProcedure(Assembly assembly, RunDefaults defaults, Action<CheckResult> emit)
{
    private volatile CheckIdentity? _current;

    /// <summary>The check or family member being worked on, for a timeout result; null before <see cref="Run"/>.</summary>
    public CheckIdentity? Current => _current;

    public void Run(CheckRequest request)
    {
        if (!TryResolve(request, out var method))
        {
            return;
        }

        var identity = CheckNaming.ForMethod(request, method.Method, method.Attribute);
        _current = identity;
        if (method.Attribute.Skip is { } reason)
        {
            emit(RunnerResults.Skipped(identity, reason));
            return;
        }

        var targets = BuildTargets(method.Method, identity, out var isFamily);
        if (targets is not null)
        {
            CheckEach(method.Method, targets, isFamily, identity, CheckOverridesMerger.Merge(method.Attribute, defaults));
        }
    }

    /// <summary>The requested method; when there is none GradGate may call, false with its result emitted.</summary>
    private bool TryResolve(CheckRequest request, [NotNullWhen(true)] out GradCheckMethod? method)
    {
        var started = Stopwatch.GetTimestamp();
        var identity = CheckNaming.FromRequest(request);
        _current = identity;
        method = null;
        try
        {
            if (GradCheckMethodResolver.TryResolve(assembly, request, out method, out var problem))
            {
                return true;
            }

            emit(RunnerResults.Invalid(identity, problem, Elapsed(started)));
        }
        catch (Exception exception) when (exception is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            emit(RunnerResults.Threw(identity, $"loading the type '{request.TypeName}'", exception, Elapsed(started)));
        }

        return false;
    }

    private static double Elapsed(long started) => Stopwatch.GetElapsedTime(started).TotalSeconds;

    /// <summary>
    /// Calls the factory and takes every member of the family it returns; null (with a result emitted) when
    /// that throws or yields nothing.
    /// </summary>
    private List<GradCheckTarget?>? BuildTargets(MethodInfo factory, CheckIdentity identity, out bool isFamily)
    {
        var started = Stopwatch.GetTimestamp();
        var targets = new List<GradCheckTarget?>();
        isFamily = false;
        try
        {
            var returned = factory.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, parameters: null, culture: null);
            if (returned is IEnumerable<GradCheckTarget?> family)
            {
                isFamily = true;
                targets.AddRange(family);
            }
            else
            {
                targets.Add((GradCheckTarget?)returned);
            }
        }
        catch (InvalidGradCheckTargetException exception)
        {
            emit(RunnerResults.Invalid(identity, exception.Message, Elapsed(started)));
            return null;
        }
        catch (Exception exception)
        {
            emit(RunnerResults.Threw(identity, "building its target", exception, Elapsed(started)));
            return null;
        }

        if (isFamily && targets.Count == 0)
        {
            emit(RunnerResults.Invalid(identity, "its [GradCheck] method returned an empty family. Return at least one target, or set Skip on the attribute.", Elapsed(started)));
            return null;
        }

        return targets;
    }

    private void CheckEach(MethodInfo factory, List<GradCheckTarget?> targets, bool isFamily, CheckIdentity method, CheckOverrides overrides)
    {
        var variants = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < targets.Count; index++)
        {
            var position = isFamily ? CheckNaming.ForMember(method, index) : method;
            var target = targets[index];
            if (target is null)
            {
                var what = isFamily ? $"member {index} of the family its [GradCheck] method returned" : "its [GradCheck] method returned null, which";
                emit(RunnerResults.Invalid(position, $"{what} is not a target. Return targets built with GradCheckTarget.Loss, Operator or Health.", durationSeconds: 0));
                continue;
            }

            if (target.Variant is { } variant && !variants.Add(variant))
            {
                emit(RunnerResults.Invalid(position, $"the variant name '{variant}' of member {index} is used by an earlier member too. Give each member of the family its own name.", durationSeconds: 0));
                continue;
            }

            var identity = CheckNaming.ForTarget(method, target, isFamily ? index : null);
            _current = identity;
            var member = index;
            var replicas = overrides.Workers > 1 ? () => Rebuild(factory, isFamily ? member : null) : (Func<GradCheckTarget>?)null;
            emit(GradientChecker.Check(target, identity, overrides, replicas));
        }
    }

    /// <summary>
    /// Calls the [GradCheck] method again for one more worker of a parallel check: its target, or the member at
    /// <paramref name="member"/> of its family. The engine checks that the copy is independent and equal.
    /// </summary>
    private static GradCheckTarget Rebuild(MethodInfo factory, int? member)
    {
        var returned = factory.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, parameters: null, culture: null);
        return (member is { } index ? ((IEnumerable<GradCheckTarget?>)returned!).ElementAtOrDefault(index) : (GradCheckTarget?)returned)!;
    }
}
