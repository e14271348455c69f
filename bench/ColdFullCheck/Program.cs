namespace ColdFullCheck;

internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["loop"])
        {
            return HandWrittenLoop.Run();
        }

        Console.Error.WriteLine("usage: ColdFullCheck loop   (the gradient check itself runs in the gate, after every build)");
        return 2;
    }
}
