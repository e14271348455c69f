using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using GradGate.Engine;
using GradGate.Results;

namespace GradGate.Checking;

/// <summary>
/// Runs one requested check on the thread it is given: resolves the [GradCheck] method, honours Skip,
/// calls the method to build its target (or family of targets) and has the engine judge each one,
/// emitting one result per target. Whatever the user's code throws becomes a result, never an escape.
/// </summary>
/// <param name="defaultsSource">What the defaults are called where a setting's source is recorded (see <see cref="CheckOverridesMerger"/>).</param>
internal sealed class CheckProcedure(Assembly assembly, RunDefaults defaults, Action<CheckResult> emit, string defaultsSource = CheckOverridesMerger.FromProperty)
{
    private volatile CheckIdentity? _current;

    /// <summary>The check or family member being worked on, for a timeout result; null before <see cref="Run"/>.</summary>
    public CheckIdentity? Current => _current;

    /// <summary>The filter's patterns selecting members of the family being checked (<see cref="CheckRequest.Members"/>); null checks every member.</summary>
    private List<string>? _memberPatterns;

    /// <param name="onlyMember">
    /// When set, only the member at this position of the family the method returns is judged (the members before it are
    /// built, not checked), as a test case listed for one member runs it; null judges the method's whole output.
    /// </param>
    public void Run(CheckRequest request, int? onlyMember = null)
    {
        _memberPatterns = request.Members;
        if (!TryResolve(request, out var method))
        {
            return;
        }

        var identity = CheckNaming.ForMethod(request, method.Method, method.Attribute);
        _current = identity;
        if (method.Attribute.Skip is { } reason)
        {
            emit(UnjudgedResults.Skipped(identity, reason));
            return;
        }

        var overrides = CheckOverridesMerger.Merge(method.Attribute, defaults, defaultsSource);
        var started = Stopwatch.GetTimestamp();
        object? returned;
        try
        {
            returned = method.Method.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, parameters: null, culture: null);
        }
        catch (InvalidGradCheckTargetException exception)
        {
            emit(UnjudgedResults.Invalid(identity, exception.Message, Elapsed(started)));
            return;
        }
        catch (Exception exception)
        {
            emit(UnjudgedResults.Threw(identity, "building its target", exception, Elapsed(started)));
            return;
        }

        if (returned is IEnumerable<GradCheckTarget?> family)
        {
            CheckFamily(method.Method, family, identity, overrides, onlyMember);
        }
        else
        {
            CheckTarget(method.Method, (GradCheckTarget?)returned, identity, overrides, member: null, new HashSet<string>(StringComparer.Ordinal));
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

            emit(UnjudgedResults.Invalid(identity, problem, Elapsed(started)));
        }
        catch (Exception exception) when (exception is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            emit(UnjudgedResults.Threw(identity, $"loading the type '{request.TypeName}'", exception, Elapsed(started)));
        }

        return false;
    }

    private static double Elapsed(long started) => Stopwatch.GetElapsedTime(started).TotalSeconds;

    /// <summary>
    /// Checks each member as the family yields it, so a family that throws part-way keeps the results of the members it
    /// yielded before, and its exception becomes the result of the member it was building (GG0009).
    /// </summary>
    private void CheckFamily(MethodInfo factory, IEnumerable<GradCheckTarget?> family, CheckIdentity method, CheckOverrides overrides, int? onlyMember)
    {
        var variants = new HashSet<string>(StringComparer.Ordinal);
        IEnumerator<GradCheckTarget?>? members = null;
        try
        {
            for (var index = 0; ; index++)
            {
                var started = Stopwatch.GetTimestamp();
                var position = CheckNaming.ForMember(method, index);
                _current = position;
                GradCheckTarget? target;
                try
                {
                    members ??= family.GetEnumerator();
                    if (!members.MoveNext())
                    {
                        if (onlyMember is { } missing)
                        {
                            emit(UnjudgedResults.Invalid(
                                CheckNaming.ForMember(method, missing),
                                $"the family its [GradCheck] method returns now has {index} member(s), so member {missing} is gone: the checks changed after they were listed. Build the project and list its checks (tests) again.",
                                Elapsed(started)));
                        }
                        else if (index == 0)
                        {
                            emit(UnjudgedResults.Invalid(method, "its [GradCheck] method returned an empty family. Return at least one target, or set Skip on the attribute.", Elapsed(started)));
                        }

                        return;
                    }

                    target = members.Current;
                }
                catch (InvalidGradCheckTargetException exception)
                {
                    emit(UnjudgedResults.Invalid(position, exception.Message, Elapsed(started)));
                    return;
                }
                catch (Exception exception)
                {
                    var after = index == 0 || onlyMember is not null ? "" : $" after {index} checked member(s)";
                    emit(UnjudgedResults.Threw(position, $"building member {index} of the family its [GradCheck] method returns{after}", exception, Elapsed(started)));
                    return;
                }

                if (onlyMember is { } wanted && index < wanted)
                {
                    // Built to reach the wanted member, not checked; its name still counts against repeats, as in a whole run.
                    if (target?.Variant is { } variant)
                    {
                        variants.Add(variant);
                    }

                    continue;
                }

                CheckTarget(factory, target, method, overrides, index, variants);
                if (onlyMember == index)
                {
                    return;
                }
            }
        }
        finally
        {
            members?.Dispose();
        }
    }

    /// <summary>Judges one target: <c>member</c> is its index in its family, null for a method that returns one target.</summary>
    private void CheckTarget(MethodInfo factory, GradCheckTarget? target, CheckIdentity method, CheckOverrides overrides, int? member, HashSet<string> variants)
    {
        var position = member is { } index ? CheckNaming.ForMember(method, index) : method;
        var identity = target is null ? position : CheckNaming.ForTarget(method, target, member);
        if (_memberPatterns is not null
            && !CheckPattern.AnyMatches(_memberPatterns, identity.Id, identity.Name)
            && !CheckPattern.AnyMatches(_memberPatterns, position.Id, position.Name))
        {
            // Not selected by the filter: built, as the members before a wanted one are, and neither checked nor reported.
            if (target?.Variant is { } unselected)
            {
                variants.Add(unselected);
            }

            return;
        }

        if (target is null)
        {
            var what = member is null ? "its [GradCheck] method returned null, which" : $"member {member} of the family its [GradCheck] method returned";
            emit(UnjudgedResults.Invalid(position, $"{what} is not a target. Return targets built with GradCheckTarget.Loss, Operator or Health.", durationSeconds: 0));
            return;
        }

        if (target.Variant is { } variant && !variants.Add(variant))
        {
            emit(UnjudgedResults.Invalid(position, $"the variant name '{variant}' of member {member} is used by an earlier member too. Give each member of the family its own name.", durationSeconds: 0));
            return;
        }

        _current = identity;
        if (target.SkipReason is { } reason)
        {
            emit(UnjudgedResults.Skipped(identity, reason, byTarget: true));
            return;
        }

        var replicas = overrides.Workers > 1 ? () => Rebuild(factory, member) : (Func<GradCheckTarget>?)null;
        emit(GradientChecker.Check(target, identity, CheckOverridesMerger.OverTarget(overrides, target), replicas));
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
