using System.Reflection;
using GradGate.Engine;

namespace GradGate.Checking;

/// <summary>
/// Lists the checks a [GradCheck] method stands for without judging any: the method, or each member of the family it
/// returns, under the id and name <see cref="CheckProcedure"/> gives its result. A family is listed by calling the
/// method and enumerating it (targets are built, never checked); a skipped method is not called. A method that cannot
/// be called, or that throws, is listed once, so running it reports why, as the gate does.
/// </summary>
internal static class CheckListing
{
    public static IReadOnlyList<ListedGradCheck> Of(MethodInfo method)
    {
        var request = CheckRequests.For(method);
        var type = method.DeclaringType!;
        if (!GradCheckMethodResolver.TryResolve(type.Assembly, request, out var resolved, out _))
        {
            return [Listed(type, method.Name, CheckNaming.FromRequest(request), member: null, skipReason: null)];
        }

        var identity = CheckNaming.ForMethod(request, resolved.Method, resolved.Attribute);
        if (resolved.Attribute.Skip is { } reason)
        {
            return [Listed(type, method.Name, identity, member: null, reason)];
        }

        object? returned;
        try
        {
            returned = resolved.Method.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, parameters: null, culture: null);
        }
        catch (Exception)
        {
            return [Listed(type, method.Name, identity, member: null, skipReason: null)];
        }

        return returned is IEnumerable<GradCheckTarget?> family
            ? Members(type, method.Name, identity, family)
            : [returned is GradCheckTarget target
                ? Listed(type, method.Name, CheckNaming.ForTarget(identity, target, familyIndex: null), member: null, target.SkipReason)
                : Listed(type, method.Name, identity, member: null, skipReason: null)];
    }

    /// <summary>Each member the family yields; where it throws, the member it was building, and no more.</summary>
    private static List<ListedGradCheck> Members(Type type, string methodName, CheckIdentity method, IEnumerable<GradCheckTarget?> family)
    {
        var listed = new List<ListedGradCheck>();
        var variants = new HashSet<string>(StringComparer.Ordinal);
        IEnumerator<GradCheckTarget?>? members = null;
        try
        {
            for (var index = 0; ; index++)
            {
                GradCheckTarget? target;
                try
                {
                    members ??= family.GetEnumerator();
                    if (!members.MoveNext())
                    {
                        break;
                    }

                    target = members.Current;
                }
                catch (Exception)
                {
                    listed.Add(Listed(type, methodName, CheckNaming.ForMember(method, index), index, skipReason: null));
                    break;
                }

                // A member that is null or repeats an earlier name is reported under its position, as the procedure does.
                var named = target is not null && (target.Variant is null || variants.Add(target.Variant));
                var identity = named ? CheckNaming.ForTarget(method, target!, index) : CheckNaming.ForMember(method, index);
                listed.Add(Listed(type, methodName, identity, index, named ? target!.SkipReason : null));
            }
        }
        finally
        {
            DisposeQuietly(members);
        }

        // An empty family is one check, whose run reports that it is empty.
        return listed.Count == 0 ? [Listed(type, methodName, method, member: null, skipReason: null)] : listed;
    }

    private static ListedGradCheck Listed(Type type, string methodName, CheckIdentity identity, int? member, string? skipReason)
        => new(type, methodName, member, identity.Id, identity.Name, identity.Variant, skipReason);

    /// <summary>Listing runs no check, so a family whose disposal throws is still listed; its run reports what it does.</summary>
    private static void DisposeQuietly(IDisposable? members)
    {
        try
        {
            members?.Dispose();
        }
        catch (Exception)
        {
            // Nothing to report here: checking the family builds and disposes it again.
        }
    }
}
