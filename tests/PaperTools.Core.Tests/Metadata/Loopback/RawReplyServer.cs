#nullable enable
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace PaperTools.Tests.Metadata.Loopback;

/// <summary>
/// An HTTP server on 127.0.0.1 that answers each request with exactly the bytes it is told to (status line, headers
/// and body, however wrong), one connection per request: what a hostile or broken service can send, which
/// HttpListener would tidy up. It keeps every request target as the client sent it, before any normalisation.
/// </summary>
public sealed class RawReplyServer : IDisposable
{
    private readonly TcpListener listener;
    private readonly Thread acceptor;
    private readonly Func<string, byte[]> answer;
    private readonly ConcurrentQueue<string> targets = new();

    /// <param name="answer">The whole reply to a request target (path and query, as sent).</param>
    public RawReplyServer(Func<string, byte[]> answer)
    {
        this.answer = answer;
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Root = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        acceptor = new Thread(Accept) { IsBackground = true, Name = "raw reply server" };
        acceptor.Start();
    }

    public string Root { get; }

    /// <summary>The request targets received, in order, exactly as they came on the request line.</summary>
    public IReadOnlyList<string> Targets => targets.ToList();

    /// <summary>A reply: status line, the headers given, Connection: close, Content-Length unless a header frames it.</summary>
    public static byte[] Reply(int status, byte[] body, params (string Name, string Value)[] headers)
    {
        var head = new StringBuilder($"HTTP/1.1 {status.ToString(CultureInfo.InvariantCulture)} Reply\r\n");
        foreach (var (name, value) in headers) head.Append(name).Append(": ").Append(value).Append("\r\n");
        var framed = headers.Any(h => h.Name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                                      || h.Name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase));
        if (!framed)
            head.Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        head.Append("Connection: close\r\n\r\n");
        return Encoding.Latin1.GetBytes(head.ToString()).Concat(body).ToArray();
    }

    public static byte[] Reply(int status, string body, params (string Name, string Value)[] headers)
        => Reply(status, Encoding.UTF8.GetBytes(body), headers);

    private void Accept()
    {
        while (true)
        {
            TcpClient client;
            try { client = listener.AcceptTcpClient(); }
            catch (Exception) { return; } // stopped
            ThreadPool.QueueUserWorkItem(_ => Serve(client));
        }
    }

    private void Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                stream.ReadTimeout = 10_000;
                var target = RequestTarget(stream);
                if (target == null) return;
                targets.Enqueue(target);
                var reply = answer(target);
                stream.Write(reply, 0, reply.Length);
                client.Client.Shutdown(SocketShutdown.Send);
            }
            catch (Exception ex) when (ex is IOException || ex is SocketException || ex is ObjectDisposedException)
            {
                // The client gave up (a refused redirect, a time-out): nothing more to send.
            }
        }
    }

    /// <summary>The target of the request line ("GET /x?y HTTP/1.1"), once the whole head has arrived.</summary>
    private static string? RequestTarget(NetworkStream stream)
    {
        var head = new List<byte>();
        var buffer = new byte[1];
        while (head.Count < 64 * 1024)
        {
            if (stream.Read(buffer, 0, 1) == 0) return null;
            head.Add(buffer[0]);
            var n = head.Count;
            if (n >= 4 && head[n - 4] == '\r' && head[n - 3] == '\n' && head[n - 2] == '\r' && head[n - 1] == '\n')
                break;
        }
        var line = Encoding.Latin1.GetString(head.ToArray()).Split("\r\n")[0].Split(' ');
        return line.Length >= 2 ? line[1] : null;
    }

    public void Dispose() => listener.Stop();
}
