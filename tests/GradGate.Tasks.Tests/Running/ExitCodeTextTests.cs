using GradGate.Gate.Running;

namespace GradGate.Tasks.Tests.Running;

public sealed class ExitCodeTextTests
{
    [Fact]
    public void A_known_code_says_what_usually_causes_it()
        => Assert.Equal("exit code 134, SIGABRT: Environment.FailFast, a stack overflow or a native abort", ExitCodeText.Describe(134));

    [Fact]
    public void A_windows_status_code_is_shown_in_hexadecimal_terms()
        => Assert.Contains("stack overflow", ExitCodeText.Describe(unchecked((int)0xC00000FD)), StringComparison.Ordinal);

    [Fact]
    public void Another_code_is_shown_as_it_is()
        => Assert.Equal("exit code 5", ExitCodeText.Describe(5));

    [Fact]
    public void A_process_that_was_never_reaped_has_no_code()
        => Assert.Equal("no exit code", ExitCodeText.Describe(null));
}
