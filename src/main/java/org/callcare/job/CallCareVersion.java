package org.callcare.job;

import org.callcare.report.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: callcare's version. */
public final class CallCareVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"callcare " + BuildInfo.callcareVersion()};
  }
}
