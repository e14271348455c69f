using GradGate.Gate.Filtering;

namespace GradGate.Tasks.Tests.Filtering;

public sealed class CheckFilterTests
{
    private const string Id = "MyNet.Checks.Layers+Norm.Backward";
    private const string DisplayName = "Norm.Backward";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ; ;")]
    public void No_pattern_selects_every_check(string? text)
    {
        var filter = CheckFilter.Parse(text);

        Assert.True(filter.SelectsEverything);
        Assert.Null(filter.Text);
        Assert.True(filter.Selects(Id, DisplayName));
    }

    [Theory]
    [InlineData("MyNet.Checks.Layers+Norm.Backward")]
    [InlineData("Norm.Backward")]
    [InlineData("norm.backward")]
    [InlineData("*Backward")]
    [InlineData("MyNet.*")]
    [InlineData("*Norm*")]
    [InlineData("Softmax*; *.Backward")]
    [InlineData("*")]
    public void A_pattern_that_matches_the_whole_id_or_display_name_selects_the_check(string text)
        => Assert.True(CheckFilter.Parse(text).Selects(Id, DisplayName));

    [Theory]
    [InlineData("Backward")]
    [InlineData("Norm")]
    [InlineData("MyNet.Checks")]
    [InlineData("*Forward*")]
    [InlineData("Norm.Backward.*")]
    [InlineData("Norm?Backward")]
    [InlineData("Norm.Backwar[d]")]
    public void A_pattern_that_matches_only_part_or_nothing_does_not(string text)
        => Assert.False(CheckFilter.Parse(text).Selects(Id, DisplayName));

    [Fact]
    public void Regular_expression_characters_stand_for_themselves()
    {
        var filter = CheckFilter.Parse("Loss(x+1)");

        Assert.True(filter.Selects("N.T.M", "Loss(x+1)"));
        Assert.False(filter.Selects("N.T.M", "Loss(xx1)"));
    }

    [Fact]
    public void The_text_is_kept_as_written_for_the_results()
        => Assert.Equal("*Norm*;Softmax", CheckFilter.Parse(" *Norm*;Softmax ").Text);

    [Theory]
    [InlineData("MyNet.Checks.Widths[wide]", new[] { "MyNet.Checks.Widths[wide]" })]
    [InlineData("*Widths[w*]", new[] { "*Widths[w*]" })]
    [InlineData("Checks.Widths[0]; *Softmax*", new[] { "Checks.Widths[0]" })]
    [InlineData("*Widths*", null)]
    [InlineData("MyNet.Checks.Widths; *[wide]", null)]
    public void A_pattern_naming_a_family_member_selects_its_method_for_that_member_only(string text, string[]? members)
    {
        var selected = CheckFilter.Parse(text).Select("MyNet.Checks.Widths", "Checks.Widths", out var memberPatterns);

        Assert.True(selected);
        Assert.Equal(members, memberPatterns?.ToArray());
    }

    [Theory]
    [InlineData("MyNet.Checks.Other[wide]")]
    [InlineData("MyNet.Checks.Widths[")]
    [InlineData("[wide]")]
    public void A_member_pattern_of_another_method_or_without_its_brackets_closed_does_not_select_it(string text)
        => Assert.False(CheckFilter.Parse(text).Select("MyNet.Checks.Widths", "Checks.Widths", out _));
}
