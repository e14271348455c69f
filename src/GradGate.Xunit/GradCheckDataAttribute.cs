using System.Reflection;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace GradGate;

/// <summary>
/// Supplies an xunit.v3 <c>[Theory]</c> with one <see cref="GradCheckCase"/> per [GradCheck] check of a type (or of its
/// whole assembly), each member of a family included: every check becomes its own test case, named as the gate names
/// it, with the trait <c>GradCheck</c> holding its id, and reported skipped when its attribute says <c>Skip</c>.
/// </summary>
/// <example>
/// <code>
/// public sealed class GradientChecks
/// {
///     [Theory, GradCheckData(typeof(Checks))]
///     public void Gradient(GradCheckCase check) => check.Assert();
/// }
/// </code>
/// </example>
/// <remarks>
/// The checks are listed when the tests are discovered: a [GradCheck] method that returns a family is called then to
/// name its members (their targets are built, not checked). Each test case calls its method again when it runs, on the
/// test's thread, so a breakpoint in the target's loss or backward pass stops there under the debugger.
/// </remarks>
/// <param name="checks">The type whose [GradCheck] methods become test cases; with <see cref="WholeAssembly"/>, any type of the assembly whose checks do.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class GradCheckDataAttribute(Type checks) : DataAttribute
{
    /// <summary>The type whose [GradCheck] methods become test cases (or, with <see cref="WholeAssembly"/>, whose assembly's do).</summary>
    public Type Checks { get; } = checks ?? throw new ArgumentNullException(nameof(checks));

    /// <summary>When true, every [GradCheck] method of <see cref="Checks"/>' assembly becomes a test case, in the order the gate runs them.</summary>
    public bool WholeAssembly { get; set; }

    /// <inheritdoc/>
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        TheoryShape.EnsureTakesOneCase(testMethod);
        var listed = WholeAssembly ? GradChecker.List(Checks.Assembly) : GradChecker.List(Checks);
        if (listed.Count == 0)
        {
            var where = WholeAssembly ? $"the assembly {Checks.Assembly.GetName().Name}" : $"the type {Checks.FullName}";
            throw new InvalidOperationException(
                $"[GradCheckData] on {testMethod.DeclaringType?.Name}.{testMethod.Name} found no [GradCheck] method in {where}. "
                    + "Name the type that declares your checks, or set WholeAssembly = true.");
        }

        IReadOnlyCollection<ITheoryDataRow> rows = listed.Select(check => ConvertDataRow(GradCheckCase.RowFor(check))).ToList();
        return new ValueTask<IReadOnlyCollection<ITheoryDataRow>>(rows);
    }

    /// <summary>True: the cases are serializable, so discovery lists each check as its own test case.</summary>
    public override bool SupportsDiscoveryEnumeration() => true;
}
