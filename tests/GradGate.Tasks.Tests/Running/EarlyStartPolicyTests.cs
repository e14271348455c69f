using GradGate.Tasks.Running;

namespace GradGate.Tasks.Tests.Running;

public sealed class EarlyStartPolicyTests
{
    [Theory]
    [InlineData(false, 2, null)]
    [InlineData(false, 64, null)]
    [InlineData(false, 1, "one processor")]
    [InlineData(true, 8, "not on Windows")]
    [InlineData(true, 1, "not on Windows")]
    public void The_runner_starts_early_on_a_machine_with_a_processor_to_spare_and_not_on_Windows(bool isWindows, int processors, string? reason)
    {
        var declined = EarlyStartPolicy.Declines(isWindows, processors);

        if (reason is null)
        {
            Assert.Null(declined);
        }
        else
        {
            Assert.Contains(reason, declined);
        }
    }
}
