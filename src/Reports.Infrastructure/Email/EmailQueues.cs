namespace Reports.Infrastructure.Email;

/// <summary>Queue names shared by the queue writer and the Functions triggers.</summary>
public static class EmailQueues
{
    public const string Requests = "email-requests";

    /// <summary>The Functions host's convention for poison queues: "&lt;queue&gt;-poison".</summary>
    public static string PoisonOf(string queue) => queue + "-poison";
}
