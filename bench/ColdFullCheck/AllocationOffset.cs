namespace ColdFullCheck;

/// <summary>
/// Moves where the network's arrays land: allocates <c>COLD_FULL_CHECK_OFFSET</c> bytes (a multiple of 8, default 0)
/// just before the network is built, in the loop and in the check alike.
/// </summary>
/// <remarks>
/// The forward pass streams rows of 50 and 10 doubles through 512-bit vectors, and how those rows fall on 64-byte cache
/// lines changes its speed by up to 10% from one process to the next: in two runs of the loop, offsets 0 and 40 took
/// 0.107-0.113 s per thousand evaluations where 8, 16 and 48 took 0.117-0.121 s. Where the arrays
/// land depends on everything the process allocated before, so the loop and the gate's runner fall on different
/// placements by chance. bench/cold-full-check.sh times every command at each offset from 0 to 56 and compares the
/// means over all of them, so that both meet every placement.
/// </remarks>
internal static class AllocationOffset
{
    public const string Variable = "COLD_FULL_CHECK_OFFSET";

    /// <summary>The padding, kept alive for the process's life so that nothing later takes its place.</summary>
    public static byte[]? Padding { get; private set; }

    /// <summary>Allocates the padding, kept alive; an empty array at offset 0, so that offsets 0 to 56 move the network by 24 to 80 bytes, every residue modulo 64 once.</summary>
    public static void Apply()
    {
        var bytes = int.TryParse(Environment.GetEnvironmentVariable(Variable), out var parsed) && parsed > 0 ? parsed : 0;
        Padding = new byte[bytes];
    }
}
