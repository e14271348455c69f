namespace GradGate.Runner;

/// <summary>
/// Notes the first OutOfMemoryException thrown anywhere in the process, caught or not, so that the session starts no
/// further check in this runtime. Under the heap cap (GradGateMemoryLimit) a runtime that has run out of memory once
/// and then ran more checks was seen to die of SIGSEGV in a healthy one, which the build then blamed (a false GG0011).
/// </summary>
/// <remarks>
/// The first-chance notification sees the exception where it is thrown, before any handler in user code or the engine
/// turns it into a result, and costs nothing until an exception is thrown. The handler allocates nothing.
/// </remarks>
internal sealed class HeapExhaustionWatch
{
    private volatile bool _hasRunOut;

    private HeapExhaustionWatch()
    {
    }

    /// <summary>True once any thread of the process has thrown an OutOfMemoryException.</summary>
    public bool HasRunOut => _hasRunOut;

    public static HeapExhaustionWatch Start()
    {
        var watch = new HeapExhaustionWatch();
        AppDomain.CurrentDomain.FirstChanceException += (_, arguments) =>
        {
            if (arguments.Exception is OutOfMemoryException)
            {
                watch._hasRunOut = true;
            }
        };
        return watch;
    }
}
