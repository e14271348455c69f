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
}
