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
            return InProcessCheck.Run();
        }

        Console.Error.WriteLine("usage: ColdFullCheck loop|check   (the hand-written loop, or the check in this process; the gate runs it after every build)");
        return 2;
    }
}
