namespace ColdFullCheck;

internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["loop"])
        {
            return HandWrittenLoop.Run();
        }

        if (args is ["check"])
        {
            return InProcessCheck.Run(times: 1);
        }

        if (args is ["check", var times] && int.TryParse(times, out var count) && count > 0)
        {
            return InProcessCheck.Run(count);
        }

        Console.Error.WriteLine("usage: ColdFullCheck loop|check [times]   (the hand-written loop, or the check in this process; the gate runs it after every build)");
        return 2;
    }
}
