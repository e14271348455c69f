using GradGate.Gate.Running;

namespace GradGate.Tasks.Tests.Running;

public sealed class StandardErrorExcerptTests
{
    [Fact]
    public void Short_output_is_kept_whole_without_blank_lines()
    {
        var excerpt = new StandardErrorExcerpt(headLength: 2, tailLength: 3);
        foreach (var line in new[] { "Stack overflow.", "", "   at A.B()", "   at A.C()" })
        {
            excerpt.Add(line);
        }

        Assert.Equal(["Stack overflow.", "   at A.B()", "   at A.C()"], excerpt.Lines());
    }

    [Fact]
    public void Long_output_keeps_its_first_and_last_lines_and_marks_the_gap()
    {
        var excerpt = new StandardErrorExcerpt(headLength: 2, tailLength: 2);
        for (var line = 1; line <= 10; line++)
        {
            excerpt.Add($"line {line}");
        }

        Assert.Equal(["line 1", "line 2", StandardErrorExcerpt.Omission, "line 9", "line 10"], excerpt.Lines());
    }

    [Fact]
    public void Frames_of_the_runtime_and_the_runner_are_left_out_and_the_users_own_are_kept()
    {
        var excerpt = new StandardErrorExcerpt();
        foreach (var line in new[]
        {
            "Process terminated.",
            "Failing on purpose",
            "   at System.Environment.FailFast(System.String)",
            "   at MyNet.Checks.Sigmoid()",
            "   at System.Reflection.MethodBaseInvoker.InvokeWithNoArgs(System.Object, System.Reflection.BindingFlags)",
            "   at GradGate.Runner.CheckProcedure.Run(GradGate.Results.CheckRequest)",
            "   at Microsoft.Extensions.Something.Call()",
        })
        {
            excerpt.Add(line);
        }

        Assert.Equal(["Process terminated.", "Failing on purpose", "   at MyNet.Checks.Sigmoid()"], excerpt.Lines());
    }
}
