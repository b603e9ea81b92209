/**
 * The sandbox WEBバンキング: the screen of the current stage (or the lock). Each screen lives in screens/, with the
 * narrator's guide above its form; checking codes and keeping the token are the island's job (Practice.tsx), the
 * rules are in src/lib/practice/.
 */
import type { JSX } from 'preact';
import type { Stage } from '../../lib/practice/machine';
import { ChangeScreen } from './screens/ChangeScreen';
import { FinishedScreen } from './screens/FinishedScreen';
import { LockedScreen } from './screens/LockedScreen';
import { LoginScreen } from './screens/LoginScreen';
import { MailScreen } from './screens/MailScreen';
import { OtpLoginScreen } from './screens/OtpLoginScreen';
import { RegisteredScreen } from './screens/RegisteredScreen';
import { RegisterScreen } from './screens/RegisterScreen';
import { TransferConfirmScreen } from './screens/TransferConfirmScreen';
import { TransferDoneScreen } from './screens/TransferDoneScreen';
import { TransferScreen } from './screens/TransferScreen';
import type { BankProps } from './screens/types';

export type { BankProps, Slots, Transfer } from './screens/types';

const SCREENS: Record<Stage, (p: BankProps) => JSX.Element> = {
  login: LoginScreen,
  register: RegisterScreen,
  registered: RegisteredScreen,
  'otp-login': OtpLoginScreen,
  transfer: TransferScreen,
  'transfer-confirm': TransferConfirmScreen,
  'transfer-done': TransferDoneScreen,
  mail: MailScreen,
  change: ChangeScreen,
  'change-login': OtpLoginScreen,
  'change-register': RegisterScreen,
  'change-registered': RegisteredScreen,
  'change-otp-login': OtpLoginScreen,
  finished: FinishedScreen,
};

/** The sandbox bank, showing the screen of the current stage (or the lock). */
export function Bank(props: BankProps) {
  const Screen = props.state.locked ? LockedScreen : SCREENS[props.state.stage];
  // The key remounts the screen, so that each screen starts with empty fields.
  return (
    <div class="pr-screen" key={props.state.locked ? 'locked' : props.state.stage}>
      <Screen {...props} />
    </div>
  );
}
