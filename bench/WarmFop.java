// WarmFop — Apache FOP kept running (`make bench`): one JVM and one FopFactory render the same
// FO file again and again; the first WARMUP runs let the JIT settle, the next RUNS are timed.
//
//   java -cp <fop jars>:. WarmFop CONFIG.xconf IN.fo OUT.pdf WARMUP RUNS
//
// Relaxed validation (the CLI's -r), so frisk's metadata attributes on fo:root are accepted.
// Prints one line per timed run ("run WALL CPU") and then "median WALL CPU": seconds of wall
// clock and of the process's CPU time (all its threads: JIT, garbage collector), medians.
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.MimeConstants;

public class WarmFop {
    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: WarmFop CONFIG.xconf IN.fo OUT.pdf WARMUP RUNS");
            System.exit(2);
        }
        FopFactoryBuilder builder = new FopConfParser(new File(args[0]).getAbsoluteFile()).getFopFactoryBuilder();
        builder.setStrictFOValidation(false);
        FopFactory factory = builder.build();
        TransformerFactory tf = TransformerFactory.newInstance();
        File in = new File(args[1]), out = new File(args[2]);
        int warmup = Integer.parseInt(args[3]), runs = Integer.parseInt(args[4]);
        com.sun.management.OperatingSystemMXBean sys =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] times = new double[runs], cpus = new double[runs];
        for (int i = 0; i < warmup + runs; i++) {
            long t0 = System.nanoTime(), c0 = sys.getProcessCpuTime();
            FOUserAgent agent = factory.newFOUserAgent();
            try (OutputStream os = new BufferedOutputStream(new FileOutputStream(out))) {
                Fop fop = factory.newFop(MimeConstants.MIME_PDF, agent, os);
                Transformer t = tf.newTransformer();
                t.transform(new StreamSource(in), new SAXResult(fop.getDefaultHandler()));
            }
            double s = (System.nanoTime() - t0) / 1e9, c = (sys.getProcessCpuTime() - c0) / 1e9;
            if (i >= warmup) {
                times[i - warmup] = s;
                cpus[i - warmup] = c;
                System.out.printf("run %.3f %.3f%n", s, c);
            } else {
                System.err.printf("warm-up %.3f%n", s);
            }
        }
        Arrays.sort(times);
        Arrays.sort(cpus);
        System.out.printf("median %.3f %.3f%n", times[runs / 2], cpus[runs / 2]);
    }
}
