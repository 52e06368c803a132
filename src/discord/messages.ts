/** Every user-facing notice in one place, so their tone stays consistent. */
export const NOTICES = Object.freeze({
  somethingWentWrong:
    'Something went wrong on my side while answering. Please try again in a moment.',
  staleButton:
    'That button is from an older version of this answer and no longer works. Ask again with `/ask`.',
  emptyQuestion: 'Ask me a question about the story, for example: ',
  noMessageText:
    'That message has no text I can read as a question. Try `/ask` and type the question.',
  unknownCommand:
    'I do not know that command: it may have been renamed or removed. Type `/` to see what I offer, or try `/help`.',
  missingPassage: 'That passage is no longer in the story I know. Ask again with `/ask`.',
  noQuotes: 'No quote in the story matches that.',
  feedbackThanks:
    'Thanks: your vote is noted (without your name) so an editor can improve this answer.',
});

/** "Easy there: you can ask 5 questions every 10 seconds. Try again in 3 s." */
export function cooldownNotice(questions: number, windowMs: number, retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const window = Math.round(windowMs / 1000);
  return `Easy there: you can ask ${questions} ${questions === 1 ? 'question' : 'questions'} every ${window} seconds. Try again in ${seconds} s.`;
}
