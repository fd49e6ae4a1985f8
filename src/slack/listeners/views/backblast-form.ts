import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { errorsByBlock, readModal, readTarget } from '../../blocks/modal.js';
import { checkForm, submitForm } from '../../backblasts/submit.js';
import { timeOf } from '../time.js';

/** The form submitted: errors back on the fields, or closed at once and posted and recorded after. */
export function backblastFormSubmission(bot: Bot) {
  return async ({
    ack,
    view,
    body,
    client,
    context,
  }: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> => {
    const time = timeOf(context);
    const submission = {
      values: readModal(view.state.values),
      target: readTarget(view.private_metadata),
      userId: body.user.id,
      now: time.now,
    };
    const errors = await checkForm(bot, submission, time.today);
    if (Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors: errorsByBlock(errors) });
      return;
    }
    await ack();
    await submitForm(bot, client, submission, context);
  };
}
