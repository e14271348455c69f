using GradGate.Results;
using GradGate.Gate.Discovery;
using GradGate.Gate.Filtering;

namespace GradGate.Tasks.Tests.Filtering;

public sealed class CheckSelectionTests
{
    [Fact]
    public void An_assembly_without_checks_gets_a_no_targets_warning_that_names_it()
    {
        var selection = CheckSelection.Select(Assembly(), CheckFilter.Parse(null));

        Assert.Empty(selection.Selected);
        var finding = Assert.IsType<Finding>(selection.Finding);
        Assert.Equal(DiagnosticCodes.NoTargets, finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("MyChecks", finding.Message, StringComparison.Ordinal);
        Assert.Contains("[GradCheck]", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_keeps_the_declaration_order_and_the_skipped_checks_it_selects()
    {
        var selection = CheckSelection.Select(
            Assembly(Check("Net.A.Sigmoid"), Check("Net.A.Tanh"), Check("Net.B.SigmoidGrad", skip: "later")),
            CheckFilter.Parse("*Sigmoid*"));

        Assert.Null(selection.Finding);
        Assert.Equal(["Net.A.Sigmoid", "Net.B.SigmoidGrad"], selection.Selected.Select(check => check.Id));
    }

    [Fact]
    public void A_filter_that_selects_nothing_is_an_error_with_the_filter_and_an_example_so_a_typo_cannot_turn_the_gate_green()
    {
        var selection = CheckSelection.Select(Assembly(Check("Net.A.Sigmoid"), Check("Net.A.Tanh")), CheckFilter.Parse("Softmax"));

        Assert.Empty(selection.Selected);
        var finding = Assert.IsType<Finding>(selection.Finding);
        Assert.Equal((DiagnosticCodes.BadConfiguration, Severity.Error), (finding.Code, finding.Severity));
        Assert.Contains("GradGateFilter 'Softmax'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("none of the 2", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'Net.A.Sigmoid'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shards_of_a_selection_together_are_the_selection_in_its_order()
    {
        var checks = Enumerable.Range(0, 40).Select(index => Check($"Net.Checks.C{index}")).ToArray();
        var filter = CheckFilter.Parse("*C1*");
        var whole = CheckSelection.Select(Assembly(checks), filter).Selected.Select(check => check.Id).ToList();

        var shards = Enumerable.Range(1, 3).Select(index => CheckSelection.Select(Assembly(checks), filter, new CheckShard(index, 3))).ToList();

        Assert.All(shards, shard => Assert.Null(shard.Finding));
        Assert.Equal(whole.Order(), shards.SelectMany(shard => shard.Selected).Select(check => check.Id).Order());
        Assert.All(shards, shard => Assert.Equal(whole.Where(shard.Selected.Select(check => check.Id).Contains), shard.Selected.Select(check => check.Id)));
    }

    private static DiscoveredAssembly Assembly(params DiscoveredCheck[] checks)
        => new("MyChecks", ".NETCoreApp,Version=v10.0", HasPortablePdb: true, checks);

    private static DiscoveredCheck Check(string id, string? skip = null)
    {
        var lastDot = id.LastIndexOf('.');
        var typeName = id.Substring(0, lastDot);
        var methodName = id.Substring(lastDot + 1);
        return new DiscoveredCheck(id, typeName, methodName, typeName.Split('.').Last() + "." + methodName, skip, new SourceLocation { File = "a.cs", Line = 1 });
    }
}
